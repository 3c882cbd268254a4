package vn.toancanh.organisation;

/** A named set of units (all communes, all departments, …) that analytics can aggregate over. */
public record UnitGroupView(long id, String code, String name, int memberCount) {}
