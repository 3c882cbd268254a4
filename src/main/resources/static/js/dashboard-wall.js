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
    fit();
    schedule();
  }

  // A slide fits the screen whatever its widgets: zoomed out until its bottom is on screen (never in), again whenever
  // its size changes (figures arriving, a resized window). Each step scales by the room left; small steps are skipped
  // so a zoom that reflows the grid cannot swing back and forth.
  function fit() {
    var slide = slides[current];
    var zoom = Number(slide.style.zoom || 1);
    var top = slide.getBoundingClientRect().top;
    var room = window.innerHeight - top - parseFloat(getComputedStyle(wall).paddingBottom || '0') - 2;
    var height = slide.getBoundingClientRect().height;
    if (room > 0 && height > 0) {
      var next = Math.min(1, zoom * room / height);
      if (Math.abs(next - zoom) > 0.01) {
        slide.style.zoom = String(next);
      }
    }
    wall.dataset.zoom = slide.style.zoom || '1';
    if (window.ToanCanhWidgets) {
      window.ToanCanhWidgets.resize(slide);
    }
  }

  var fitTimer = null;
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(function () {
      clearTimeout(fitTimer);
      fitTimer = setTimeout(fit, 100);
    });
    slides.forEach(function (slide) { observer.observe(slide); });
  }
  window.addEventListener('resize', function () {
    clearTimeout(fitTimer);
    fitTimer = setTimeout(fit, 150);
  });

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
