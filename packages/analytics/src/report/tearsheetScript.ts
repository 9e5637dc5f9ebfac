/**
 * The browser-side script of the tearsheet (internal): reads the embedded JSON and draws the charts with the inlined
 * lightweight-charts standalone build (global `LightweightCharts`, v5 API).
 *
 * @module
 */
export const TEARSHEET_SCRIPT = `(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('tearsheet-data').textContent);
  var L = window.LightweightCharts;
  var options = {
    autoSize: true,
    layout: { background: { type: 'solid', color: '#ffffff' }, textColor: '#334155', fontSize: 11,
      fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif' },
    grid: { vertLines: { color: '#f1f5f9' }, horzLines: { color: '#f1f5f9' } },
    rightPriceScale: { borderColor: '#e2e8f0' },
    timeScale: { borderColor: '#e2e8f0', timeVisible: D.intraday, secondsVisible: false, minBarSpacing: 0.001 },
    crosshair: { mode: 0 }
  };
  function chart(id) {
    var el = document.getElementById(id);
    return el ? L.createChart(el, options) : null;
  }
  function line(c, data, color, title, extra) {
    var o = { color: color, lineWidth: 2, title: title, priceLineVisible: false };
    for (var k in extra || {}) o[k] = extra[k];
    var s = c.addSeries(L.LineSeries, o);
    s.setData(data);
    return s;
  }
  var pctFormat = { type: 'custom', minMove: 0.01, formatter: function (v) { return v.toFixed(2) + ' %'; } };
  if (D.price) {
    var pc = chart('chart-price');
    var cs = pc.addSeries(L.CandlestickSeries, { upColor: '#16a34a', downColor: '#dc2626', borderVisible: false,
      wickUpColor: '#16a34a', wickDownColor: '#dc2626', priceLineVisible: false });
    cs.setData(D.price.candles);
    L.createSeriesMarkers(cs, D.price.markers);
    pc.timeScale().fitContent();
  }
  var ec = chart('chart-equity');
  var money = { type: 'price', precision: D.equityPrecision, minMove: Math.pow(10, -D.equityPrecision) };
  line(ec, D.equity, '#2563eb', 'Strategy', { priceFormat: money });
  if (D.benchmark) line(ec, D.benchmark.data, '#94a3b8', D.benchmark.name, { priceFormat: money, lineWidth: 1 });
  ec.timeScale().fitContent();
  var uc = chart('chart-underwater');
  var us = uc.addSeries(L.AreaSeries, { lineColor: '#dc2626', topColor: 'rgba(220,38,38,0.05)',
    bottomColor: 'rgba(220,38,38,0.35)', lineWidth: 1, invertFilledArea: true, priceFormat: pctFormat,
    priceLineVisible: false, title: 'Drawdown' });
  us.setData(D.underwater);
  uc.timeScale().fitContent();
  if (D.rollingSharpe.length) {
    var rc = chart('chart-sharpe');
    rc.applyOptions({ leftPriceScale: { visible: true, borderColor: '#e2e8f0' } });
    line(rc, D.rollingVolatility, '#f59e0b', D.rollingVolatilityTitle,
      { priceScaleId: 'left', lineWidth: 1, priceFormat: pctFormat });
    var rs = line(rc, D.rollingSharpe, '#7c3aed', D.rollingSharpeTitle);
    rs.createPriceLine({ price: 0, color: '#94a3b8', lineWidth: 1, lineStyle: 2, axisLabelVisible: false });
    rc.timeScale().fitContent();
  }
})();`
