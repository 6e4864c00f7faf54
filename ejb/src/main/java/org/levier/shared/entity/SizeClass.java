package org.levier.shared.entity;

/** Size class of an organisation, which bounds the aid intensity a call allows. */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE, PUBLIC_BODY, RESEARCH_ORGANISATION, ASSOCIATION
}
