/** Orders in which people read identifiers (natural order: C2 before C10). */
package io.taxrecon.core.ordering;
