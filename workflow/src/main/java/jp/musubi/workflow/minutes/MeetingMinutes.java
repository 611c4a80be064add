package jp.musubi.workflow.minutes;

import java.time.LocalDate;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts {@code meeting-minutes} for a meeting that was held; the meeting feature calls it. */
@Service
public class MeetingMinutes {

    public static final String PROCESS = "meeting-minutes";
    /** The meeting's id in its feature, so the minutes tasks can link back to it. */
    public static final String MEETING_ID = "meetingId";
    /** The minutes are due this many business days after the meeting (仕様書: 10営業日以内). */
    public static final int DUE_BUSINESS_DAYS = 10;

    private final RuntimeService runtime;
    private final MinutesRecords records;

    MeetingMinutes(RuntimeService runtime, MinutesRecords records) {
        this.runtime = runtime;
        this.records = records;
    }

    /**
     * @param kind {@code regular} (定例打合せ) or {@code individual} (every other meeting)
     * @return the process instance id
     */
    @Transactional
    public String start(long meetingId, String title, LocalDate meetingDate, String kind) {
        String process = runtime.startProcessInstanceByKey(PROCESS, "meeting:" + meetingId, Map.of(
                "meetingTitle", title, "meetingDate", meetingDate, "meetingKind", kind, MEETING_ID, meetingId)).getId();
        records.create(process, meetingId, title, meetingDate);
        return process;
    }
}
