package org.pupilsupport.core.children;

/**
 * The special-category and safeguarding parts of a child's record: hidden on screen until someone whose
 * role allows it asks to see them, and every such reveal is audited.
 *
 * @param socialCareStatus null when not recorded
 * @param concernsSummary  the concerns or referral reasons; null when none recorded
 */
public record SensitiveDetails(SocialCareStatus socialCareStatus, String concernsSummary) {

    public static final int LONGEST_CONCERNS = 2000;

    public SensitiveDetails {
        concernsSummary = concernsSummary == null || concernsSummary.isBlank() ? null : concernsSummary.strip();
        if (concernsSummary != null && concernsSummary.length() > LONGEST_CONCERNS) {
            throw new IllegalArgumentException("The summary of concerns is at most " + LONGEST_CONCERNS
                    + " characters; it has " + concernsSummary.length() + ". Keep detail in case notes");
        }
    }

    public boolean isEmpty() {
        return socialCareStatus == null && concernsSummary == null;
    }
}
