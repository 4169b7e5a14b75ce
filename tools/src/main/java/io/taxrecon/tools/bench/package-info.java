/** {@code ./reconcile bench}: the nightly job measured against its floor (parsing alone; engine and workbooks alone). */
package io.taxrecon.tools.bench;
