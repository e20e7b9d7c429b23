package org.uncacworkbench.agency;

/** A person to write to at an agency. */
public record Contact(long id, long agencyId, String name, String jobTitle, String email, String phone, boolean primary) {
}
