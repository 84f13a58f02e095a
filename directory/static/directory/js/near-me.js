/*
 * "Near me", without giving away where the reader is.
 *
 * The phone's position is read with navigator.geolocation and used here only: it is never
 * sent anywhere, put in an address or stored. The services come from near-me/ (JSON), which is
 * asked for with the page's filters and nothing else; distances are worked out and the list
 * sorted on the device, and the nearest services are drawn from the page's <template>.
 * Without JavaScript (or fetch, or <template>) the button never shows, and choosing an area
 * in the form sorts by distance on the server instead.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 20;
  var EARTH_DIAMETER_M = 12742000;

  function init() {
    var block = document.querySelector("[data-near-me]");
    var list = document.querySelector("[data-results]");
    var template = document.getElementById("service-card-template");
    if (!block || !list || !template || !("content" in template) || !window.fetch) {
      return;
    }
    var button = block.querySelector("[data-near-me-button]");
    var status = block.querySelector("[data-near-me-status]");
    var more = document.querySelector("[data-near-me-more]");
    var summary = document.querySelector("[data-results-summary]");
    var pagination = document.querySelector("[data-pagination]");
    var language = document.documentElement.lang;
    var sorted = [];
    var shown = 0;
    block.hidden = false;

    function message(name, values) {
      var text = block.getAttribute("data-msg-" + name) || "";
      Object.keys(values || {}).forEach(function (key) {
        text = text.split("{" + key + "}").join(values[key]);
      });
      return text;
    }

    function say(text) {
      status.textContent = text;
    }

    function metres(lat1, lng1, lat2, lng2) {
      var rad = Math.PI / 180;
      var a =
        Math.pow(Math.sin(((lat2 - lat1) * rad) / 2), 2) +
        Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin(((lng2 - lng1) * rad) / 2), 2);
      return EARTH_DIAMETER_M * Math.asin(Math.sqrt(a));
    }

    function distanceLabel(distance) {
      if (distance < 1000) {
        return message("metres", { distance: Math.max(10, Math.round(distance / 10) * 10) });
      }
      var km = distance / 1000;
      var digits = km < 10 ? 1 : 0;
      var number = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(km);
      return message("kilometres", { distance: number });
    }

    function nearestPlace(service, lat, lng) {
      var best = null;
      service.places.forEach(function (place) {
        var distance = metres(lat, lng, place[0], place[1]);
        if (!best || distance < best.distance) {
          best = { lat: place[0], lng: place[1], address: place[2], distance: distance };
        }
      });
      return best;
    }

    function card(service, number) {
      var node = template.content.cloneNode(true);
      var place = service.nearest;
      function slot(name) {
        return node.querySelector('[data-slot="' + name + '"]');
      }
      function drop(name) {
        var element = slot(name);
        if (element) {
          element.parentNode.removeChild(element);
        }
      }
      function fill(name, text) {
        if (text) {
          slot(name).textContent = text;
        } else {
          drop(name);
        }
      }
      var article = slot("card");
      article.id = "service-" + service.id;
      if (service.closed) {
        article.className += " service-card--closed";
      }
      var link = slot("name");
      link.href = service.url;
      link.textContent = service.name;
      if (service.lang && service.lang !== language) {
        link.lang = service.lang;
        slot("summary").lang = service.lang;
        slot("notice").lang = service.lang;
      }
      if (service.categories.length) {
        service.categories.forEach(function (name, index) {
          var tag = document.createElement("span");
          tag.className = "tag";
          tag.textContent = name;
          slot("categories").appendChild(document.createTextNode(index ? " " : ""));
          slot("categories").appendChild(tag);
        });
      } else {
        drop("categories");
      }
      fill("summary", service.summary);
      fill("notice", service.notice);
      if (place) {
        slot("distance").textContent = distanceLabel(place.distance);
        article.setAttribute("data-pin", "");
        article.setAttribute("data-lat", place.lat);
        article.setAttribute("data-lng", place.lng);
        article.setAttribute("data-label", service.name);
        article.setAttribute("data-number", number);
      } else {
        drop("distance-item");
      }
      slot("status").textContent = service.status;
      if (service.open) {
        slot("status").className += " opening--open";
      }
      fill("today", service.today);
      if (!service.free) {
        drop("free");
      }
      if (!service.anonymous) {
        drop("anonymous");
      }
      if (!service.free && !service.anonymous) {
        drop("badges");
      }
      if (!service.confidential) {
        drop("confidential");
      }
      var address = place ? place.address : service.address;
      if (address && !service.confidential) {
        slot("address-text").textContent = address;
      } else {
        drop("address");
      }
      if (service.call) {
        slot("call-link").href = service.call.href;
        slot("call-number").textContent = service.call.number;
      } else {
        drop("call");
      }
      if (service.zalo) {
        slot("zalo-link").href = service.zalo;
      } else {
        drop("zalo");
      }
      if (place) {
        slot("directions-link").href =
          "https://www.openstreetmap.org/directions?to=" + place.lat + "%2C" + place.lng;
      } else {
        drop("directions");
      }
      slot("share-link").href = service.url + "#share-heading";
      var hints = node.querySelectorAll('[data-slot="name-hint"]');
      for (var i = 0; i < hints.length; i += 1) {
        hints[i].textContent = ": " + service.name;
      }
      return node;
    }

    function showMore() {
      var end = Math.min(sorted.length, shown + PAGE_SIZE);
      var firstNew = null;
      for (var i = shown; i < end; i += 1) {
        var node = card(sorted[i], i + 1);
        firstNew = firstNew || node.querySelector("a");
        list.appendChild(node);
      }
      shown = end;
      if (more) {
        more.hidden = shown >= sorted.length;
      }
      say(message("sorted", { shown: shown, total: sorted.length }));
      document.dispatchEvent(new CustomEvent("directory:results"));
      return firstNew;
    }

    function render(data, lat, lng) {
      if (data.too_many) {
        say(message("too-many", { limit: data.limit }));
        return;
      }
      var located = [];
      var elsewhere = [];
      data.services.forEach(function (service) {
        service.nearest = nearestPlace(service, lat, lng);
        (service.nearest ? located : elsewhere).push(service);
      });
      if (!located.length) {
        say(message("none"));
        return;
      }
      // Array.prototype.sort is stable: equal distances keep the server's order (by name).
      // Services with no public position (phone lines, confidential places) come last.
      sorted = located
        .sort(function (a, b) {
          return a.nearest.distance - b.nearest.distance;
        })
        .concat(elsewhere);
      list.textContent = "";
      list.removeAttribute("start");
      shown = 0;
      if (pagination) {
        pagination.hidden = true;
      }
      if (summary) {
        summary.hidden = true;
      }
      showMore();
    }

    button.addEventListener("click", function () {
      if (!navigator.geolocation) {
        say(message("unsupported"));
        return;
      }
      say(message("locating"));
      // Asked for while the phone finds its position; the request holds no position.
      var data = fetch(block.getAttribute("data-url"), {
        credentials: "omit",
        headers: { Accept: "application/json" },
      }).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
      data.catch(function () {});
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var lat = position.coords.latitude;
          var lng = position.coords.longitude;
          data.then(
            function (json) {
              render(json, lat, lng);
            },
            function () {
              say(message("failed"));
            }
          );
        },
        function (error) {
          say(message(error.code === 1 ? "denied" : "unavailable"));
        },
        { enableHighAccuracy: false, timeout: 20000, maximumAge: 300000 }
      );
    });

    if (more) {
      more.addEventListener("click", function () {
        var firstNew = showMore();
        if (firstNew) {
          firstNew.focus();
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
