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

document.addEventListener("DOMContentLoaded", () => {
  drawCharts();
  confirmRemovals();
});
