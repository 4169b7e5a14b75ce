package io.taxrecon.sampledata.model;

/** A taxpayer as the firm knows them: display name and the nine digits of the SSN. */
public record Person(String name, String ssn) {}
