/*
 * A live length counter under each channel post's text, title and hashtags in the campaign
 * editor. The server counts (campaigns.admin.editor_hooks.post_length), so the counter says
 * exactly what validation will say: X's weighting, SMS messages for Vietnamese text with the
 * count without diacritics, characters elsewhere. Posts added with "Add" are counted too
 * (events are caught on the document). Without JavaScript, saving gives the same counts.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var endpoint = script && script.getAttribute("data-post-length-url");
  if (!endpoint || typeof window.fetch !== "function") {
    return;
  }
  // The page editor has a hook for scripts, not for style sheets: the script brings its own.
  var styleSheet = script.getAttribute("data-style-sheet");
  if (styleSheet) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = styleSheet;
    document.head.appendChild(link);
  }

  var FIELD = /^channel_posts-(\d+)-(channel|text|hashtags|title)$/;
  var COUNTED = ["text", "title", "hashtags"];
  var DELAY = 400;
  var timers = {};
  var lastRequest = {};

  function input(index, name) {
    return document.querySelector('[name="channel_posts-' + index + "-" + name + '"]');
  }

  function campaignParameters(body) {
    var editing = window.location.pathname.match(/\/pages\/(\d+)\/edit\//);
    if (editing) {
      body.append("page", editing[1]);
    } else {
      var slug = document.querySelector('input[name="slug"]');
      body.append("slug", slug ? slug.value : "");
    }
  }

  function csrfToken() {
    var token = document.querySelector('input[name="csrfmiddlewaretoken"]');
    return token ? token.value : "";
  }

  // The region under a field, made once; the field is described by it.
  function region(field) {
    var id = field.id + "-count";
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement("div");
      element.id = id;
      element.className = "campaign-post-count";
      element.setAttribute("aria-live", "polite");
      var wrapper = field.closest("[data-field-input]") || field;
      wrapper.parentNode.insertBefore(element, wrapper.nextSibling);
      var describedBy = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (describedBy ? describedBy + " " : "") + id);
    }
    return element;
  }

  function show(field, result) {
    var element = region(field);
    // What is wrong first, then the count.
    var lines = ((result && result.errors) || []).map(function (message) {
      return { text: message, error: true };
    });
    if (result && result.summary) {
      lines.push({ text: result.summary, error: false });
    }
    var signature = JSON.stringify(lines);
    if (element.getAttribute("data-shown") === signature) {
      return; // unchanged: nothing to announce
    }
    element.setAttribute("data-shown", signature);
    element.textContent = "";
    lines.forEach(function (line) {
      var paragraph = document.createElement("p");
      paragraph.textContent = line.text;
      if (line.error) {
        paragraph.className = "error-message";
      }
      element.appendChild(paragraph);
    });
  }

  function count(index) {
    var channel = input(index, "channel");
    var text = input(index, "text");
    if (!channel || !text) {
      return;
    }
    if (!channel.value) {
      COUNTED.forEach(function (name) {
        var field = input(index, name);
        if (field) {
          show(field, null);
        }
      });
      return;
    }
    var body = new FormData();
    body.append("channel", channel.value);
    COUNTED.forEach(function (name) {
      var field = input(index, name);
      body.append(name, field ? field.value : "");
    });
    campaignParameters(body);
    var request = new URLSearchParams(body).toString();
    if (lastRequest[index] === request) {
      return;
    }
    lastRequest[index] = request;
    window
      .fetch(endpoint, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
      })
      .then(function (response) {
        // A 400 (a channel that is not one) or an expired session: say nothing rather than
        // something wrong; saving still validates.
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (lastRequest[index] !== request) {
          return; // a newer request is on its way
        }
        COUNTED.forEach(function (name) {
          var field = input(index, name);
          if (field) {
            show(field, data && data.fields ? data.fields[name] : null);
          }
        });
      })
      .catch(function () {
        delete lastRequest[index];
      });
  }

  function schedule(index, delay) {
    window.clearTimeout(timers[index]);
    timers[index] = window.setTimeout(function () {
      count(index);
    }, delay);
  }

  function onEdit(event) {
    var match = event.target && event.target.name && event.target.name.match(FIELD);
    if (match) {
      schedule(match[1], event.type === "change" ? 0 : DELAY);
    }
  }

  function start() {
    document.addEventListener("input", onEdit);
    document.addEventListener("change", onEdit);
    document.querySelectorAll('[name^="channel_posts-"][name$="-text"]').forEach(function (text) {
      var match = text.name.match(FIELD);
      if (match) {
        count(match[1]);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
