/** The figures of the returns a firm filed, by Form 1040 line and year. */
package io.taxrecon.core.returns;
