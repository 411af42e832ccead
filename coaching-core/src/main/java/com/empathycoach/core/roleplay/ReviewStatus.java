package com.empathycoach.core.roleplay;

/** Whether a free-text reply waits for a coach. Replies to nodes without coach review are {@link #NONE}. */
public enum ReviewStatus { NONE, AWAITING, REVIEWED }
