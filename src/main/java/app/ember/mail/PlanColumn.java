package app.ember.mail;

/** The plan sheet's columns, in order. */
enum PlanColumn { TICK, DUE, LEAD, TEMPERATURE, CHANNEL, CONTACT, REASON, MINUTES }
