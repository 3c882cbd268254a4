package vn.toancanh.organisation;

/** File formats units are imported from and exported to. */
public enum UnitFileFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    UnitFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** By file name, falling back to CSV for anything that is not .xlsx. */
    public static UnitFileFormat ofFileName(String fileName) {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
