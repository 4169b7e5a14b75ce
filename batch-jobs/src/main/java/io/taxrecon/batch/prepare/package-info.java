/** The prepare stage: a night (or an explicit re-run of it) starts from nothing for its date. */
package io.taxrecon.batch.prepare;
