// Vincula's page script: charts from the data the server put in each
// canvas (no inline scripts: the pages' Content-Security-Policy forbids
// them), and confirmation before removing a record.
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

document.addEventListener("DOMContentLoaded", () => {
  drawCharts();
  confirmRemovals();
  preparedDownloads();
});
