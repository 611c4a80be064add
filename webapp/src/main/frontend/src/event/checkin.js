// 当日受付 (/admin/events/{name}/checkin): reads the QR code of an applicant's mail with the phone's camera and
// sends its code through the page's own form. The typed code always works without any of this: the scanner
// section stays hidden where there is no camera API. BarcodeDetector where the browser has it, else jsQR on
// the video frames.
import jsQR from 'jsqr';

function start(section) {
  const form = document.getElementById('checkin-form');
  const input = document.getElementById('field-code');
  const video = section.querySelector('[data-checkin-video]');
  const startButton = section.querySelector('[data-checkin-start]');
  const stopButton = section.querySelector('[data-checkin-stop]');
  const status = section.querySelector('[data-checkin-status]');
  const detector = 'BarcodeDetector' in window ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let stream = null;
  let frame = null;

  async function decode() {
    if (!video.videoWidth) {
      return null;
    }
    if (detector) {
      const codes = await detector.detect(video);
      return codes.length ? codes[0].rawValue : null;
    }
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    return found ? found.data : null;
  }

  function stop() {
    if (frame) {
      cancelAnimationFrame(frame);
      frame = null;
    }
    if (stream) {
      stream.getTracks().forEach((track) => track.stop());
      stream = null;
    }
    video.hidden = true;
    stopButton.hidden = true;
    startButton.hidden = false;
  }

  async function scan() {
    try {
      const code = await decode();
      if (code) {
        stop();
        input.value = code;
        status.textContent = section.dataset.foundText || '';
        form.requestSubmit();
        return;
      }
    } catch (e) {
      // A frame that could not be read: try the next one.
    }
    frame = requestAnimationFrame(scan);
  }

  startButton.addEventListener('click', async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (e) {
      status.textContent = section.dataset.deniedText || '';
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    startButton.hidden = true;
    stopButton.hidden = false;
    await video.play();
    status.textContent = section.dataset.scanningText || '';
    frame = requestAnimationFrame(scan);
  });
  stopButton.addEventListener('click', stop);
  window.addEventListener('pagehide', stop);
  section.hidden = false;
}

document.addEventListener('DOMContentLoaded', () => {
  const section = document.querySelector('[data-checkin-scanner]');
  if (section && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    start(section);
  }
});
