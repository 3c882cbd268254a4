// The public portal's accessibility toolbar: read the page aloud (the browser's speech synthesis, a Vietnamese
// voice when one is installed, a clear message when not), larger text and high contrast (both remembered in
// localStorage), and the phone menu. Messages come from the toolbar's data-* attributes, in the page's language.
(function () {
  'use strict';
  var root = document.documentElement;
  var PREFS = { larger: 'portal-large', contrast: 'portal-contrast' };

  function stored(key) {
    try { return window.localStorage.getItem('toancanh.portal.' + key) === '1'; } catch (e) { return false; }
  }
  function store(key, on) {
    try { window.localStorage.setItem('toancanh.portal.' + key, on ? '1' : '0'); } catch (e) { /* private mode */ }
  }
  // Applied before the page is shown where the browser runs deferred scripts early enough.
  Object.keys(PREFS).forEach(function (key) { root.classList.toggle(PREFS[key], stored(key)); });

  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  ready(function () {
    var bar = document.getElementById('portal-a11y');
    if (!bar) { return; }
    var status = document.getElementById('a11y-status');
    var readButton = document.getElementById('a11y-read');
    var stopButton = document.getElementById('a11y-stop');
    function say(message) { status.textContent = message; }

    function toggle(key, button, onMessage, offMessage) {
      button.setAttribute('aria-pressed', String(root.classList.contains(PREFS[key])));
      button.addEventListener('click', function () {
        var on = !root.classList.contains(PREFS[key]);
        root.classList.toggle(PREFS[key], on);
        store(key, on);
        button.setAttribute('aria-pressed', String(on));
        say(on ? onMessage : offMessage);
      });
    }
    toggle('larger', document.getElementById('a11y-larger'), bar.dataset.largerOn, bar.dataset.largerOff);
    toggle('contrast', document.getElementById('a11y-contrast'), bar.dataset.contrastOn, bar.dataset.contrastOff);

    var lang = (root.lang || 'vi').toLowerCase().slice(0, 2);
    var synth = window.speechSynthesis;

    function voices() {
      return new Promise(function (resolve) {
        var list = synth.getVoices();
        if (list.length) { resolve(list); return; }
        var done = false;
        function finish() { if (!done) { done = true; resolve(synth.getVoices()); } }
        synth.addEventListener('voiceschanged', finish, { once: true });
        setTimeout(finish, 1500);
      });
    }

    function chooseVoice(list) {
      var wanted = lang === 'en' ? 'en' : 'vi';
      return list.find(function (v) { return v.lang && v.lang.toLowerCase().replace('_', '-') === (wanted === 'vi' ? 'vi-vn' : 'en-us'); })
        || list.find(function (v) { return v.lang && v.lang.toLowerCase().indexOf(wanted) === 0; })
        || null;
    }

    // Chrome stops a long utterance after about fifteen seconds: speak sentence by sentence.
    function chunks(text) {
      var parts = text.replace(/\s+/g, ' ').match(/[^.!?;:\n]{1,220}[.!?;:]?/g) || [];
      return parts.map(function (p) { return p.trim(); }).filter(function (p) { return p.length > 1; });
    }

    function stop() {
      if (synth) { synth.cancel(); }
      stopButton.disabled = true;
      readButton.disabled = false;
    }

    readButton.addEventListener('click', function () {
      if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') {
        say(bar.dataset.noSpeech);
        return;
      }
      voices().then(function (list) {
        var voice = chooseVoice(list);
        if (!voice) {
          say(bar.dataset.noVoice);
          return;
        }
        var main = document.getElementById('main');
        var queue = chunks(main ? main.innerText : document.body.innerText);
        synth.cancel();
        readButton.disabled = true;
        stopButton.disabled = false;
        say(bar.dataset.reading);
        queue.forEach(function (part, i) {
          var u = new SpeechSynthesisUtterance(part);
          u.voice = voice;
          u.lang = voice.lang;
          if (i === queue.length - 1) { u.onend = stop; }
          u.onerror = stop;
          synth.speak(u);
        });
        stopButton.focus();
      });
    });
    stopButton.addEventListener('click', function () {
      stop();
      say(bar.dataset.stopped);
      readButton.focus();
    });
    window.addEventListener('pagehide', function () { if (synth) { synth.cancel(); } });

    // The current page in the menu, and the menu folded behind a button on a phone.
    var path = window.location.pathname.replace(/\/$/, '');
    document.querySelectorAll('#portal-nav a').forEach(function (a) {
      if (a.getAttribute('href') === path) { a.setAttribute('aria-current', 'page'); }
    });
    var nav = document.getElementById('portal-nav');
    var menu = document.getElementById('portal-menu-toggle');
    if (nav && menu) {
      nav.classList.add('is-folded');
      menu.hidden = false;
      menu.addEventListener('click', function () {
        var open = nav.classList.toggle('is-folded') === false;
        menu.setAttribute('aria-expanded', String(open));
      });
      document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && !nav.classList.contains('is-folded')) {
          nav.classList.add('is-folded');
          menu.setAttribute('aria-expanded', 'false');
          menu.focus();
        }
      });
    }
  });
})();
