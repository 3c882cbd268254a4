package vn.toancanh.meetings;

/** A PDF as a reader gets it: watermarked with their name and the time. */
public record DocumentFile(String fileName, byte[] content) {}
