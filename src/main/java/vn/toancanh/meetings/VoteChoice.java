package vn.toancanh.meetings;

public enum VoteChoice {
    YES,
    NO,
    ABSTAIN
}
