/*
 * An optional map of the services shown, drawn from OpenStreetMap's tiles without a library.
 *
 * Nothing is loaded from OpenStreetMap until the reader presses "Show on a map": the page
 * says so beside the button. Pins come from the elements marked data-pin (results and
 * places with a public position; confidential places never have one) and link to them.
 * The tiles are asked for with the site's origin only as referrer, so OpenStreetMap does
 * not learn what was searched. Without JavaScript the button never shows.
 */
(function () {
  "use strict";

  var TILE_SIZE = 256;
  var TILE_URL = "https://tile.openstreetmap.org/";
  var MIN_ZOOM = 3;
  var MAX_ZOOM = 18;
  var SINGLE_PIN_ZOOM = 16;
  var FIT_MARGIN = 112;
  var PAN_STEP = 96;

  function project(lat, lng, zoom) {
    var scale = TILE_SIZE * Math.pow(2, zoom);
    var sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
    return {
      x: ((lng + 180) / 360) * scale,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
    };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function setUp(block) {
    var button = block.querySelector("[data-map-button]");
    var frame = block.querySelector("[data-map-frame]");
    var status = block.querySelector("[data-map-status]");
    var results = document.querySelector("[data-results]");
    var view = null;
    var tileLayer = null;
    var pinLayer = null;
    var tiles = {};
    var pins = [];
    var zoom = SINGLE_PIN_ZOOM;
    var centre = { x: 0, y: 0 };
    var drag = null;
    var frameRequested = false;
    block.hidden = false;

    function message(name) {
      return block.getAttribute("data-msg-" + name) || "";
    }

    function collectPins() {
      pins.forEach(function (pin) {
        pin.link.remove();
      });
      pins = [];
      var marked = document.querySelectorAll("[data-pin]");
      for (var i = 0; i < marked.length; i += 1) {
        var lat = parseFloat(marked[i].getAttribute("data-lat"));
        var lng = parseFloat(marked[i].getAttribute("data-lng"));
        if (!isFinite(lat) || !isFinite(lng)) {
          continue;
        }
        var link = element("a", "map__pin", marked[i].getAttribute("data-number") || "•");
        link.href = "#" + marked[i].id;
        link.appendChild(element("span", "visually-hidden", " " + marked[i].getAttribute("data-label")));
        pins.push({ lat: lat, lng: lng, link: link });
        if (pinLayer) {
          pinLayer.appendChild(link);
        }
      }
    }

    function fit() {
      var width = view.clientWidth - FIT_MARGIN;
      var height = view.clientHeight - FIT_MARGIN;
      for (zoom = pins.length > 1 ? MAX_ZOOM - 1 : SINGLE_PIN_ZOOM; zoom > MIN_ZOOM; zoom -= 1) {
        var box = bounds(zoom);
        if (box.right - box.left <= width && box.bottom - box.top <= height) {
          break;
        }
      }
      var fitted = bounds(zoom);
      centre = { x: (fitted.left + fitted.right) / 2, y: (fitted.top + fitted.bottom) / 2 };
    }

    function bounds(level) {
      var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
      pins.forEach(function (pin) {
        var point = project(pin.lat, pin.lng, level);
        box.left = Math.min(box.left, point.x);
        box.right = Math.max(box.right, point.x);
        box.top = Math.min(box.top, point.y);
        box.bottom = Math.max(box.bottom, point.y);
      });
      return box;
    }

    function draw() {
      frameRequested = false;
      if (!view) {
        return;
      }
      var width = view.clientWidth;
      var height = view.clientHeight;
      var left = centre.x - width / 2;
      var top = centre.y - height / 2;
      var count = Math.pow(2, zoom);
      var wanted = {};
      for (var ty = Math.floor(top / TILE_SIZE); ty * TILE_SIZE < top + height; ty += 1) {
        for (var tx = Math.floor(left / TILE_SIZE); tx * TILE_SIZE < left + width; tx += 1) {
          if (ty < 0 || ty >= count) {
            continue;
          }
          var key = zoom + "/" + (((tx % count) + count) % count) + "/" + ty;
          var id = key + "@" + tx;
          var tile = tiles[id];
          if (!tile) {
            tile = element("img", "map__tile");
            tile.alt = "";
            tile.referrerPolicy = "strict-origin";
            tile.src = TILE_URL + key + ".png";
            tileLayer.appendChild(tile);
          }
          tile.style.left = Math.round(tx * TILE_SIZE - left) + "px";
          tile.style.top = Math.round(ty * TILE_SIZE - top) + "px";
          wanted[id] = tile;
        }
      }
      Object.keys(tiles).forEach(function (id) {
        if (!wanted[id]) {
          tiles[id].remove();
        }
      });
      tiles = wanted;
      pins.forEach(function (pin) {
        var point = project(pin.lat, pin.lng, zoom);
        var x = Math.round(point.x - left);
        var y = Math.round(point.y - top);
        pin.link.style.left = x + "px";
        pin.link.style.top = y + "px";
        pin.link.hidden = x < 0 || y < 0 || x > width || y > height;
      });
    }

    function redraw() {
      if (!frameRequested) {
        frameRequested = true;
        window.requestAnimationFrame(draw);
      }
    }

    function zoomBy(steps) {
      var next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom + steps));
      var factor = Math.pow(2, next - zoom);
      centre = { x: centre.x * factor, y: centre.y * factor };
      zoom = next;
      redraw();
    }

    function panBy(dx, dy) {
      centre = { x: centre.x + dx, y: centre.y + dy };
      redraw();
    }

    function build() {
      view = element("div", "map__view");
      view.tabIndex = 0;
      view.setAttribute("role", "region");
      view.setAttribute("aria-label", message("label"));
      tileLayer = element("div");
      tiles = {};
      view.appendChild(tileLayer);
      pinLayer = element("div");
      view.appendChild(pinLayer);
      var controls = element("div", "map__controls");
      [
        ["+", "zoom-in", 1],
        ["−", "zoom-out", -1],
      ].forEach(function (spec) {
        var zoomButton = element("button", "map__zoom", spec[0]);
        zoomButton.type = "button";
        zoomButton.setAttribute("aria-label", message(spec[1]));
        zoomButton.addEventListener("click", function () {
          zoomBy(spec[2]);
        });
        controls.appendChild(zoomButton);
      });
      view.appendChild(controls);
      var attribution = element("div", "map__attribution", "© ");
      var copyright = element("a", "", "OpenStreetMap");
      copyright.href = "https://www.openstreetmap.org/copyright";
      copyright.rel = "noopener noreferrer";
      attribution.appendChild(copyright);
      attribution.appendChild(document.createTextNode(" contributors"));
      view.appendChild(attribution);

      view.addEventListener("keydown", function (event) {
        var moves = {
          ArrowLeft: [-PAN_STEP, 0],
          ArrowRight: [PAN_STEP, 0],
          ArrowUp: [0, -PAN_STEP],
          ArrowDown: [0, PAN_STEP],
        };
        if (event.target !== view) {
          return;
        }
        if (moves[event.key]) {
          panBy(moves[event.key][0], moves[event.key][1]);
        } else if (event.key === "+" || event.key === "=") {
          zoomBy(1);
        } else if (event.key === "-") {
          zoomBy(-1);
        } else {
          return;
        }
        event.preventDefault();
      });
      view.addEventListener("pointerdown", function (event) {
        if (event.target.closest("a, button")) {
          return;
        }
        drag = { x: event.clientX, y: event.clientY, centre: centre };
        view.setPointerCapture(event.pointerId);
      });
      view.addEventListener("pointermove", function (event) {
        if (drag) {
          centre = {
            x: drag.centre.x - (event.clientX - drag.x),
            y: drag.centre.y - (event.clientY - drag.y),
          };
          redraw();
        }
      });
      function stopDragging() {
        drag = null;
      }
      view.addEventListener("pointerup", stopDragging);
      view.addEventListener("pointercancel", stopDragging);
      frame.appendChild(view);
    }

    function open() {
      status.textContent = "";
      build();
      collectPins();
      if (!pins.length) {
        close();
        status.textContent = message("empty");
        return;
      }
      frame.hidden = false;
      button.setAttribute("aria-expanded", "true");
      button.textContent = message("hide");
      if (results) {
        results.classList.add("is-mapped");
      }
      fit();
      draw();
    }

    function close() {
      frame.hidden = true;
      frame.textContent = "";
      view = null;
      pinLayer = null;
      tiles = {};
      button.setAttribute("aria-expanded", "false");
      button.textContent = message("show");
      if (results) {
        results.classList.remove("is-mapped");
      }
    }

    button.addEventListener("click", function () {
      if (view) {
        close();
      } else {
        open();
      }
    });
    document.addEventListener("directory:results", function () {
      if (view) {
        collectPins();
        fit();
        draw();
      }
    });
    window.addEventListener("resize", function () {
      if (view) {
        redraw();
      }
    });
  }

  function init() {
    var blocks = document.querySelectorAll("[data-map]");
    for (var i = 0; i < blocks.length; i += 1) {
      setUp(blocks[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
