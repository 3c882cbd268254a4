package vn.toancanh.shared;

import java.util.Locale;

/** The file formats lists are imported from and exported to. */
public enum FileFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    FileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** By file name, falling back to CSV for anything that is not .xlsx. */
    public static FileFormat ofFileName(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
