package jp.musubi.workflow.survey;

import java.util.List;

/** Contributed as a bean by a feature that has people to survey; the survey target picker collects every source. */
public interface SurveyAudienceSource {

    /** The audiences this feature offers now, each with its current recipients. */
    List<SurveyAudience> audiences();
}
