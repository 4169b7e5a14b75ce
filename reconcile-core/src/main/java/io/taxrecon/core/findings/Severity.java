package io.taxrecon.core.findings;

/** How urgently a reviewer should look at a finding; declared from most to least urgent. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
