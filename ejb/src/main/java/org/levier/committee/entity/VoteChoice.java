package org.levier.committee.entity;

/** A member's vote on an agenda item. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
