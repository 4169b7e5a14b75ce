/**
 * The reviewer in the nightly loop (SPEC.md, "Night over night: the reviewer's worklist"): the
 * step that reads worklist.xlsx back before anything is written, the comparison of tonight with the
 * previous completed night, and the worklist written at the end.
 */
package io.taxrecon.batch.worklist;
