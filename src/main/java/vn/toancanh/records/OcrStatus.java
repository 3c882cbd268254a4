package vn.toancanh.records;

/** Where a record's pages stand with text recognition. */
public enum OcrStatus {
    /** No files, nothing to read. */
    NONE,
    /** Waiting its turn in the background job. */
    QUEUED,
    /** Being read now, {@code done} of {@code pages}. */
    RUNNING,
    /** Pages need OCR but tesseract or its Vietnamese data is not installed; read once it is. */
    WAITING,
    DONE,
    FAILED
}
