package org.chronicle.entity.api;

public enum EntityStatus { ACTIVE, MERGED, RETIRED }
