package org.uncacworkbench.panel;

/** Where a panel member comes from; the panel mixes them on purpose. */
public enum Sector {
    ACADEMIA, CIVIL_SOCIETY, FORMER_OFFICIAL, OTHER;

    public String code() {
        return Codes.of(this);
    }
}
