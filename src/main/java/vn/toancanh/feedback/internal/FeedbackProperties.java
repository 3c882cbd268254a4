package vn.toancanh.feedback.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueSoon how long before its deadline an open request shows as due soon (at most a quarter of its time)
 * @param duplicateRadiusMetres how near an earlier request of the same category must be to be flagged as a duplicate
 * @param duplicateDays how recent that earlier request must be
 * @param photoMaxBytes the largest photo a citizen may upload
 * @param photoMaxPixels the most pixels (width × height) a photo may have, so a small file cannot unpack into a huge image
 * @param photoMaxSide the longest side photos are scaled down to before they are stored
 * @param requireApiKey whether Open311 clients must send an api_key to post requests (the portal's form needs none)
 * @param minFillSeconds a form sent sooner than this after it was shown is taken for a robot's
 */
@ConfigurationProperties("toancanh.feedback")
public record FeedbackProperties(
        @DefaultValue("PT24H") Duration dueSoon,
        @DefaultValue("150") int duplicateRadiusMetres,
        @DefaultValue("7") int duplicateDays,
        @DefaultValue("8388608") int photoMaxBytes,
        @DefaultValue("40000000") long photoMaxPixels,
        @DefaultValue("1600") int photoMaxSide,
        @DefaultValue("true") boolean requireApiKey,
        @DefaultValue("3") int minFillSeconds) {}
