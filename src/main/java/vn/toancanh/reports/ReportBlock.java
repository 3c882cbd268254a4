package vn.toancanh.reports;

/** One part of a {@link ReportDocument}: a table (with its chart, if any) or a paragraph of text. */
public sealed interface ReportBlock {

    record Table(ReportTable table) implements ReportBlock {}

    record Text(String heading, String text) implements ReportBlock {}
}
