// The one place that touches ApexCharts (apexcharts 4.7.0, loaded by App.razor from wwwroot/lib).
let zhCn;

async function locale(lang) {
    if (!lang.startsWith('zh')) {
        return null;
    }
    if (!zhCn) {
        zhCn = fetch('lib/apexcharts/zh-cn.json').then(r => r.json());
    }
    return zhCn;
}

async function withLocale(options, lang) {
    const zh = await locale(lang);
    options.chart = options.chart || {};
    if (zh) {
        options.chart.locales = [zh];
        options.chart.defaultLocale = 'zh-cn';
    }
    return options;
}

export async function create(element, options, lang, dotNet) {
    options = await withLocale(options, lang);
    options.chart.events = {
        dataPointSelection: (event, context, config) => {
            dotNet.invokeMethodAsync('HandlePointSelected', config.seriesIndex, config.dataPointIndex);
        },
    };
    const chart = new ApexCharts(element, options);
    element.__chart = chart;
    await chart.render();
}

export async function update(element, options, lang) {
    const chart = element.__chart;
    if (!chart) {
        return;
    }
    options = await withLocale(options, lang);
    delete options.chart.events; // keep the click handler given at creation
    await chart.updateOptions(options, true, false, false);
}

export function destroy(element) {
    if (element && element.__chart) {
        element.__chart.destroy();
        element.__chart = null;
    }
}
