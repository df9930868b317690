// Vincula's page script: charts from the data the server put in each
// canvas (no inline scripts: the pages' Content-Security-Policy forbids
// them), confirmation before removing a record, documents prepared in the
// background and a contest work's file sent in parts.
"use strict";

function drawCharts() {
  if (typeof Chart === "undefined") {
    return;
  }
  for (const canvas of document.querySelectorAll("canvas[data-grafica]")) {
    const chart = JSON.parse(canvas.dataset.grafica);
    new Chart(canvas, {
      type: chart.type,
      data: {
        labels: chart.labels,
        datasets: chart.datasets,
      },
      options: {
        responsive: true,
        animation: false,
        // A doughnut's slices are told apart by its legend.
        plugins: { legend: { display: chart.type === "doughnut" || chart.datasets.length > 1 } },
        scales: chart.type === "bar" ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {},
      },
    });
  }
}

function confirmRemovals() {
  for (const form of document.querySelectorAll("form.eliminar")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm("¿Eliminar este registro? El cambio queda en el historial.")) {
        event.preventDefault();
      }
    });
  }
}

// Documents that take seconds to render (the PDF) are fetched in the
// background: the page stays usable and says how long it has been waiting;
// the file is saved when it arrives, or the Spanish error is shown.
function preparedDownloads() {
  const status = document.getElementById("estado-descarga");
  for (const link of document.querySelectorAll("a[data-preparar]")) {
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      const what = link.dataset.preparar;
      const started = Date.now();
      const tell = () => {
        const seconds = Math.round((Date.now() - started) / 1000);
        status.textContent = `Preparando ${what}… (${seconds} s)`;
      };
      tell();
      const timer = setInterval(tell, 1000);
      link.setAttribute("aria-busy", "true");
      try {
        const response = await fetch(link.href, { credentials: "same-origin" });
        if (!response.ok) {
          let message = `el servidor respondió ${response.status}`;
          try {
            const body = await response.json();
            message = body.errores.map((error) => error.mensaje).join(" ");
          } catch (ignored) {
            // not JSON: keep the status
          }
          throw new Error(message);
        }
        const url = URL.createObjectURL(await response.blob());
        const save = document.createElement("a");
        save.href = url;
        save.download = link.getAttribute("download");
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        status.textContent = `${what[0].toUpperCase()}${what.slice(1)} está listo.`;
      } catch (error) {
        status.textContent = `No se pudo preparar ${what}: ${error.message}`;
      } finally {
        clearInterval(timer);
        link.removeAttribute("aria-busy");
      }
    });
  }
}

// A contest work's file goes in parts, each written by the server as it
// arrives: no request carries the whole video, and a slow phone sees its
// progress. The form is then sent without the file, which the server
// already holds. Without this script the form sends the file whole, up to
// the size of one request.
function uploadsInParts() {
  for (const form of document.querySelectorAll("form[data-partes]")) {
    const input = form.querySelector("input[type=file]");
    const status = form.querySelector("[role=status]");
    const bar = form.querySelector("progress");
    form.addEventListener("submit", async (event) => {
      const file = input && input.files[0];
      if (!file) {
        return; // a link only: the form goes as it is
      }
      event.preventDefault();
      const maximum = Number(form.dataset.maximo);
      if (file.size > maximum) {
        const mib = (bytes) => `${Math.ceil(bytes / 1048576)} MiB`;
        status.textContent = `El archivo mide ${mib(file.size)}; el máximo es ${mib(maximum)}.`;
        input.focus();
        return;
      }
      const size = Number(form.dataset.parte);
      bar.parentElement.hidden = false;
      form.setAttribute("aria-busy", "true");
      try {
        for (let start = 0; start < file.size; start += size) {
          const query = new URLSearchParams({ desde: start, total: file.size, nombre: file.name });
          const answer = await fetch(`${form.dataset.partes}?${query}`, {
            method: "POST",
            body: file.slice(start, start + size),
            headers: { "Content-Type": "application/octet-stream" },
            credentials: "same-origin",
          });
          if (!answer.ok) {
            let message = `el servidor respondió ${answer.status}`;
            try {
              message = (await answer.json()).errores.map((error) => error.mensaje).join(" ");
            } catch (ignored) {
              // not JSON: keep the status
            }
            throw new Error(message);
          }
          bar.value = Math.round((100 * Math.min(start + size, file.size)) / file.size);
        }
        input.disabled = true; // received: not sent again with the form
        form.submit();
      } catch (error) {
        status.textContent = `No se subió la obra: ${error.message}`;
        bar.parentElement.hidden = true;
        form.removeAttribute("aria-busy");
      }
    });
  }
}

// A refused form comes back with its errors summarised on top: the summary
// takes the focus (a screen reader reads it; the page starts there) and the
// address goes back to the form's own, not the one it was sent to.
function focusErrorSummary(within = document) {
  const summary = within.querySelector("[data-enfocar]");
  if (!summary) {
    return;
  }
  if (summary.dataset.direccion) {
    history.replaceState(null, "", summary.dataset.direccion);
  }
  summary.focus();
}

// «Todos presentes»: marks every member present at once; the list is then
// saved as usual (the button works without this script too: the server
// marks them all).
function wholeRollPresent() {
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-todos-presentes]");
    if (!button) {
      return;
    }
    event.preventDefault();
    const form = button.closest("form");
    for (const radio of form.querySelectorAll('input[type=radio][value="presente"]')) {
      radio.checked = true;
    }
    form.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

// The roll call's count of those present and whether there is quorum, kept
// up to date as each member is marked.
function rollCount() {
  document.addEventListener("change", (event) => {
    const form = event.target.closest("form[data-lista]");
    if (!form) {
      return;
    }
    const output = form.querySelector("output[data-cuenta]");
    if (!output) {
      return;
    }
    let present = 0;
    const voting = new Set();
    for (const radio of form.querySelectorAll('input[type=radio][value="presente"]:checked')) {
      present += 1;
      if (radio.dataset.escano) {
        voting.add(radio.dataset.escano); // a substitute counts for the seat it covers
      }
    }
    const needed = Number(form.dataset.quorum);
    const seats = Number(form.dataset.integrantes);
    const quorum = voting.size >= needed ? "sí" : `no (se requieren ${needed})`;
    output.textContent = `Presentes: ${present} de ${seats} · con voto: ${voting.size} · quórum: ${quorum}`;
  });
}

// On a phone the sections fold behind «Menú»: the page's heading is in the
// first screen, and the menu opens with one tap.
function foldingMenu() {
  const button = document.querySelector(".boton-menu");
  if (!button) {
    return;
  }
  const nav = button.closest("nav");
  document.documentElement.classList.add("con-menu");
  button.hidden = false;
  button.addEventListener("click", () => {
    const open = nav.classList.toggle("abierto");
    button.setAttribute("aria-expanded", String(open));
  });
}

// The report's view is as tall as the report: the page scrolls, not a
// small frame inside it (on a phone above all).
function fittedFrames() {
  for (const frame of document.querySelectorAll("iframe[data-ajustar]")) {
    const fit = () => {
      try {
        const height = frame.contentDocument.documentElement.scrollHeight;
        frame.style.height = `${height + 4}px`;
      } catch (ignored) {
        // another origin: keep the frame's own height
      }
    };
    frame.addEventListener("load", fit);
    if (frame.contentDocument && frame.contentDocument.readyState === "complete") {
      fit();
    }
    window.addEventListener("resize", fit);
  }
}

// Long lists of choices can be searched: typing keeps the choices whose
// words contain what was typed (accents and capitals aside); what is
// chosen stays chosen.
function searchablePickers() {
  const fold = (text) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const matches = (caption, typed) => fold(typed).split(/\s+/).every((word) => fold(caption).includes(word));
  for (const search of document.querySelectorAll("input[data-filtra]")) {
    const box = document.getElementById(search.dataset.filtra);
    search.addEventListener("input", () => {
      for (const label of box.querySelectorAll(".opciones-selector label")) {
        const checked = label.querySelector("input").checked;
        label.hidden = !checked && !matches(label.textContent, search.value);
      }
    });
  }
  // A long drop-down gets a search box before it.
  for (const select of document.querySelectorAll("select[data-filtrable]")) {
    const search = document.createElement("input");
    search.type = "search";
    search.className = "filtro-selector";
    search.placeholder = "Escriba para buscar…";
    const label = document.querySelector(`label[for="${select.id}"]`);
    search.setAttribute("aria-label", `Buscar en «${label ? label.textContent.trim() : select.name}»`);
    select.before(search);
    search.addEventListener("input", () => {
      let first = null;
      for (const option of select.options) {
        const shown = option.value === "" || matches(option.textContent, search.value);
        option.hidden = !shown;
        if (shown && option.value !== "" && !first) {
          first = option;
        }
      }
      if (first && select.selectedOptions[0] && select.selectedOptions[0].hidden) {
        select.value = first.value;
      }
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  searchablePickers();
  fittedFrames();
  foldingMenu();
  focusErrorSummary();
  // A part of the page htmx replaced keeps the focus where it was: on what
  // it says (saved, or what went wrong).
  document.body.addEventListener("htmx:afterSettle", (event) => focusErrorSummary(event.target));
  wholeRollPresent();
  rollCount();
  drawCharts();
  confirmRemovals();
  preparedDownloads();
  uploadsInParts();
});
