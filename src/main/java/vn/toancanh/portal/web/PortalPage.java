package vn.toancanh.portal.web;

/** Marks the portal's HTML controllers, whose errors {@link PortalPageAdvice} shows in the portal's own frame. */
interface PortalPage {}
