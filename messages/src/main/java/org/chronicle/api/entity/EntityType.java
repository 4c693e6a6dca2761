package org.chronicle.api.entity;

public enum EntityType { PERSON, ORGANIZATION, PLACE, COUNTRY, AGREEMENT }
