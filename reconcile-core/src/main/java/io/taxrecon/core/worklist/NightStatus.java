package io.taxrecon.core.worklist;

/**
 * Where a finding stands against the previous completed night: NEW (not found then), OPEN (found
 * both nights) or RESOLVED (found then, not tonight).
 */
public enum NightStatus {
    NEW,
    OPEN,
    RESOLVED
}
