package jp.musubi.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BackgroundLoopTest {

    /** Fails every other pass; counts them all. */
    static final class Flaky extends BackgroundLoop {
        final AtomicInteger passes = new AtomicInteger();
        final CountDownLatch fourPasses = new CountDownLatch(4);
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger stopped = new AtomicInteger();

        Flaky() {
            super(new Schedule("test-loop", 1, Duration.ZERO, Duration.ofMillis(10), Duration.ofSeconds(5)));
        }

        @Override
        protected void beforeStart() {
            started.incrementAndGet();
            throw new IllegalStateException("start-up work fails; the loop runs anyway");
        }

        @Override
        protected void pass() {
            fourPasses.countDown();
            if (passes.incrementAndGet() % 2 == 1) {
                throw new IllegalStateException("a failing pass");
            }
        }

        @Override
        protected void beforeStop() {
            stopped.incrementAndGet();
        }

        void wake(Runnable work) {
            runSoon(work);
        }
    }

    @Test
    void keepsPassingAfterFailuresAndStopsWithTheApplication() throws InterruptedException {
        Flaky loop = new Flaky();
        CountDownLatch woken = new CountDownLatch(1);
        loop.wake(woken::countDown); // not running yet: nothing happens
        loop.start();
        assertThat(loop.isRunning()).isTrue();
        assertThat(loop.fourPasses.await(5, TimeUnit.SECONDS)).isTrue();
        loop.wake(woken::countDown);
        assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();

        loop.stop();
        int passes = loop.passes.get();
        Thread.sleep(50);
        assertThat(loop.isRunning()).isFalse();
        assertThat(loop.passes.get()).isEqualTo(passes);
        assertThat(loop.started.get()).isEqualTo(1);
        assertThat(loop.stopped.get()).isEqualTo(1);
    }
}
