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
        plugins: { legend: { display: chart.datasets.length > 1 } },
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

document.addEventListener("DOMContentLoaded", () => {
  drawCharts();
  confirmRemovals();
  preparedDownloads();
  uploadsInParts();
});
