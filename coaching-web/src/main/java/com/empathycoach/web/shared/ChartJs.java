package com.empathycoach.web.shared;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * A chart drawn in the browser by Chart.js (MIT, served from its WebJar; no frontend build needed).
 * Series name a Lumo colour variable instead of a colour, so the chart follows the light or dark theme.
 * The canvas carries a text summary for screen readers; views also offer the figures as a table.
 */
public class ChartJs extends Div {

    static final String VERSION = "4.5.1";
    static final String SCRIPT = "webjars/chart.js/" + VERSION + "/dist/chart.umd.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DRAW = """
            const host = this;
            const config = JSON.parse($0);
            const colour = name => {
              const probe = document.createElement('span');
              probe.style.color = 'var(' + name + ')';
              host.appendChild(probe);
              const value = getComputedStyle(probe).color;
              probe.remove();
              return value;
            };
            const draw = tries => {
              if (!window.Chart) {
                if (tries < 100) setTimeout(() => draw(tries + 1), 50);
                return;
              }
              const text = colour('--lumo-secondary-text-color');
              const grid = colour('--lumo-contrast-10pct');
              // Series never differ by colour alone: bars get a fill pattern, lines a dash, points a shape.
              const pattern = (c, kind) => {
                if (!kind || kind === 'solid') return c;
                const tile = document.createElement('canvas');
                tile.width = tile.height = 8;
                const g = tile.getContext('2d');
                g.fillStyle = c; g.globalAlpha = 0.35; g.fillRect(0, 0, 8, 8); g.globalAlpha = 1;
                g.strokeStyle = c; g.fillStyle = c; g.lineWidth = 2;
                if (kind === 'stripes') { g.beginPath(); g.moveTo(0, 8); g.lineTo(8, 0); g.stroke(); }
                if (kind === 'back') { g.beginPath(); g.moveTo(0, 0); g.lineTo(8, 8); g.stroke(); }
                if (kind === 'dots') { g.beginPath(); g.arc(4, 4, 1.8, 0, 2 * Math.PI); g.fill(); }
                if (kind === 'rows') { g.beginPath(); g.moveTo(0, 4); g.lineTo(8, 4); g.stroke(); }
                if (kind === 'checks') { g.fillRect(0, 0, 4, 4); g.fillRect(4, 4, 4, 4); }
                if (kind === 'cross') { g.beginPath(); g.moveTo(4, 0); g.lineTo(4, 8); g.moveTo(0, 4); g.lineTo(8, 4); g.stroke(); }
                return g.createPattern(tile, 'repeat');
              };
              for (const set of config.data.datasets) {
                const c = colour(set.colour);
                set.borderColor = c;
                set.backgroundColor = config.type === 'bar' ? pattern(c, set.pattern) : c;
                if (config.type === 'bar') set.borderWidth = 2;
                delete set.colour;
                delete set.pattern;
              }
              config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options);
              for (const axis of Object.values(config.options.scales || {})) {
                axis.ticks = Object.assign({color: text}, axis.ticks);
                axis.grid = Object.assign({color: grid}, axis.grid);
              }
              config.options.plugins = Object.assign({legend: {labels: {color: text, usePointStyle: config.type !== 'bar'}}},
                  config.options.plugins);
              if (host.$chart) host.$chart.destroy();
              host.$chart = new window.Chart(host.querySelector('canvas'), config);
            };
            draw(0);
            """;

    private String config;

    public ChartJs(String summary) {
        addClassName("chart");
        Element canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", summary);
        getElement().appendChild(canvas);
    }

    /** Sets the Chart.js configuration (type, data, options); each dataset names its colour as {@code colour: "--lumo-..."}. */
    public void setConfig(Map<String, Object> configuration) {
        this.config = JSON.writeValueAsString(configuration);
        if (isAttached()) {
            draw();
        }
    }

    /** The configuration as sent to the browser, as JSON. */
    public String config() {
        return config;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://" + SCRIPT);
        if (config != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, config);
    }
}
