package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import jp.musubi.cms.common.JapaneseTimes;

/** A 課題募集 round as pages show it. */
record RoundView(long id, String title, String period, String guidance, String announcedAt, int issueCount, boolean open,
                 boolean closed) {

    static RoundView of(IssueRound round) {
        return of(round, null);
    }

    static RoundView of(IssueRound round, java.time.LocalDate today) {
        return new RoundView(round.id(), round.title(), TEXTS.get("municipal.rounds.period",
                JapaneseTimes.dateWithWeekday(round.opensOn()), JapaneseTimes.dateWithWeekday(round.closesOn())),
                round.guidance(), round.announcedAt() == null ? null : JapaneseTimes.dateTime(round.announcedAt()),
                round.issueCount(), today != null && round.openOn(today), today != null && round.closesOn().isBefore(today));
    }
}
