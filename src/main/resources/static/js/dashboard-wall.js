// The video wall: one dashboard at a time, full screen, rotating; a clock; pause with the space bar, step with the
// arrow keys. Widgets of a slide that was hidden when figures changed refresh when it shows.
(function () {
  'use strict';

  var slides = Array.prototype.slice.call(document.querySelectorAll('.wall-slide'));
  if (!slides.length) {
    return;
  }
  var wall = document.getElementById('wall');
  var override = Number(wall.dataset.seconds || 0);
  var current = 0;
  var timer = null;
  var paused = false;

  function show(index) {
    current = (index + slides.length) % slides.length;
    slides.forEach(function (slide, i) {
      slide.hidden = i !== current;
      slide.setAttribute('aria-hidden', String(i !== current));
    });
    wall.dataset.slide = slides[current].dataset.code;
    document.getElementById('wall-title').textContent = slides[current].dataset.title;
    if (window.ToanCanhWidgets) {
      window.ToanCanhWidgets.resize(slides[current]);
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (paused || slides.length < 2) {
      return;
    }
    var seconds = override || Number(slides[current].dataset.rotation || 30);
    timer = setTimeout(function () { show(current + 1); }, seconds * 1000);
  }

  function tick() {
    var clock = document.getElementById('wall-clock');
    if (clock && window.ToanCanhWidgets) {
      clock.textContent = window.ToanCanhWidgets.formatTime(new Date().toISOString());
    }
  }

  var pause = document.getElementById('wall-pause');
  function togglePause() {
    paused = !paused;
    pause.setAttribute('aria-pressed', String(paused));
    schedule();
  }
  pause.addEventListener('click', togglePause);
  document.getElementById('wall-fullscreen').addEventListener('click', function () {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowRight') { show(current + 1); }
    if (event.key === 'ArrowLeft') { show(current - 1); }
    if (event.key === ' ' && event.target === document.body) { event.preventDefault(); togglePause(); }
  });

  tick();
  setInterval(tick, 15000);
  show(0);
})();
