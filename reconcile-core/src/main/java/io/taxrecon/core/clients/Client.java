package io.taxrecon.core.clients;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;

/** A client of the firm, and the spouse whose TIN a joint return also covers. */
public record Client(
        String clientId,
        String name,
        Tin tin,
        String spouseName,   // null when absent
        Tin spouseTin,       // null when absent
        String reviewer,     // null when absent
        SourceRef source) {

    /** True when {@code other} is the client's or the spouse's TIN. */
    public boolean owns(Tin other) {
        return tin.equals(other) || (spouseTin != null && spouseTin.equals(other));
    }
}
