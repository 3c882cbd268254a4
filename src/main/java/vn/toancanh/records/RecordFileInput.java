package vn.toancanh.records;

/** A scanned file sent with a record: PDF, JPEG, PNG or TIFF, recognised by its first bytes. */
public record RecordFileInput(String name, byte[] content) {}
