/** What the generator makes up for a client: people, payers, documents, notices, payments and the truth. */
package io.taxrecon.sampledata.model;
