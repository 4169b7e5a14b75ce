/** A night's inbox looked over before anything is loaded: each file's kind, required columns and content hash. */
package io.taxrecon.formats.inbox;
