package vn.toancanh.shared;

/** One reason a field (or a row of an import) was rejected; {@code field} names it as the client sent it. */
public record FieldProblem(String field, String reason) {}
