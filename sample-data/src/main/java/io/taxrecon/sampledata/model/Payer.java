package io.taxrecon.sampledata.model;

/** The issuer of an information return: name and the nine digits of its EIN. */
public record Payer(String name, String ein) {}
