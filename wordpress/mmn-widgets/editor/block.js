/**
 * The block's editor side, in plain JavaScript on WordPress's globals (no
 * build step). The widget list and attribute rules come from the plugin's
 * widgets.json (passed as `mmnWidgetsEditor`), so a new widget needs no
 * change here. The preview is the real widget, rendered by the bundle,
 * which PHP loads into the editor's canvas (inside its frame on 6.3+); React
 * creates the elements in the canvas's document, where they are defined.
 */
(function (wp, data) {
	'use strict';
	if (!wp || !data || !data.widgets.length) {
		return;
	}
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var blockEditor = wp.blockEditor;
	var components = wp.components;

	function camel(name) {
		return name.replace(/-([a-z])/g, function (_, letter) {
			return letter.toUpperCase();
		});
	}

	function languageName(code) {
		try {
			var names = new Intl.DisplayNames([code], { type: 'language' });
			return names.of(code) + ' (' + code + ')';
		} catch (error) {
			return code;
		}
	}

	/** Attributes every chosen widget will get, with the site's defaults where the block sets none. */
	function elementAttributes(widget, attributes) {
		var out = { key: widget.tag };
		widget.attributes.forEach(function (name) {
			var value = attributes[camel(name)] || data.defaults[name] || '';
			if (value) {
				out[name] = value;
			}
		});
		return out;
	}

	/**
	 * What an empty field will give: the site's default, else the widget's
	 * own. The banner's own phone number is MyIgSource's, so it is shown
	 * only while the banner is MyIgSource's: with another organisation's name
	 * (the block's or the site's) an empty phone means no phone at all.
	 */
	function placeholder(name, spec, attributes) {
		if (data.defaults[name]) {
			return data.defaults[name];
		}
		if (spec.kind === 'phone') {
			var org = attributes.orgName || data.defaults['org-name'] || '';
			var ownOrg = data.attributes['org-name'] ? data.attributes['org-name'].default : '';
			return !org || org === ownOrg ? spec.default || '' : '';
		}
		return spec.default || '';
	}

	function choiceControl(name, label, options, attributes, setAttributes) {
		var key = camel(name);
		return el(components.SelectControl, {
			key: name,
			label: label,
			className: 'mmn-widgets-control-' + name,
			value: attributes[key],
			options: options,
			onChange: function (value) {
				var change = {};
				change[key] = value;
				setAttributes(change);
			},
		});
	}

	function edit(props) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var chosen = data.widgets.filter(function (widget) {
			return attributes.widgets.indexOf(widget.tag) !== -1;
		});
		var specs = data.attributes;

		var widgetBoxes = data.widgets.map(function (widget) {
			return el(components.CheckboxControl, {
				key: widget.tag,
				label: widget.label,
				help: widget.summary,
				className: 'mmn-widgets-control-widget-' + widget.tag,
				checked: attributes.widgets.indexOf(widget.tag) !== -1,
				onChange: function (on) {
					var next = data.widgets
						.map(function (w) {
							return w.tag;
						})
						.filter(function (tag) {
							return tag === widget.tag ? on : attributes.widgets.indexOf(tag) !== -1;
						});
					setAttributes({ widgets: next });
				},
			});
		});

		var common = [];
		var own = [];
		Object.keys(specs).forEach(function (name) {
			var spec = specs[name];
			var used = chosen.some(function (widget) {
				return widget.attributes.indexOf(name) !== -1;
			});
			if (!used) {
				return;
			}
			var control;
			if (spec.kind === 'lang') {
				control = choiceControl(
					name,
					spec.label,
					[{ value: '', label: __("The page's language", 'mmn-widgets') }].concat(
						data.languages.map(function (code) {
							return { value: code, label: languageName(code) };
						}),
					),
					attributes,
					setAttributes,
				);
			} else if (spec.kind === 'choice' || spec.kind === 'level') {
				var values = spec.kind === 'level' ? ['1', '2', '3', '4', '5', '6'] : spec.values;
				var shown = function (value) {
					return (spec.valueLabels && spec.valueLabels[value]) || value;
				};
				control = choiceControl(
					name,
					spec.label,
					[
						{
							value: '',
							/* translators: %s: the value used when the block sets none (the site's default or the widget's own). */
							label: sprintf(__('Default (%s)', 'mmn-widgets'), shown(data.defaults[name] || spec.default)),
						},
					].concat(
						values.map(function (value) {
							return { value: value, label: shown(value) };
						}),
					),
					attributes,
					setAttributes,
				);
			} else {
				var key = camel(name);
				control = el(components.TextControl, {
					key: name,
					label: spec.label,
					help: spec.help,
					className: 'mmn-widgets-control-' + name,
					type: spec.kind === 'url' ? 'url' : spec.kind === 'phone' ? 'tel' : 'text',
					value: attributes[key],
					placeholder: placeholder(name, spec, attributes),
					onChange: function (value) {
						var change = {};
						change[key] = value;
						setAttributes(change);
					},
				});
			}
			(spec.common ? common : own).push(control);
		});

		var panels = [
			el(components.PanelBody, { key: 'widgets', title: __('Widgets', 'mmn-widgets') }, widgetBoxes),
			el(components.PanelBody, { key: 'display', title: __('Language and display', 'mmn-widgets') }, common),
		];
		if (own.length) {
			panels.push(
				el(
					components.PanelBody,
					{ key: 'banner', title: __('Contact details', 'mmn-widgets') },
					own.concat(
						data.settingsUrl
							? [
									el(
										'p',
										{ key: 'site' },
										el(
											'a',
											{ href: data.settingsUrl },
											__('Site-wide defaults: Settings → MMN widgets', 'mmn-widgets'),
										),
									),
								]
							: [],
					),
				),
			);
		}

		var preview = chosen.length
			? chosen.map(function (widget) {
					return el(widget.tag, elementAttributes(widget, attributes));
				})
			: el('p', null, __('Choose a widget in the block settings.', 'mmn-widgets'));

		return el(
			wp.element.Fragment,
			null,
			el(blockEditor.InspectorControls, null, panels),
			el('div', blockEditor.useBlockProps(), preview),
		);
	}

	// Title, description, icon and attributes come from block.json, which PHP
	// registered (WordPress passes them to the editor, translated).
	wp.blocks.registerBlockType('mmn-widgets/widget', {
		apiVersion: 3,
		edit: edit,
		// A dynamic block: PHP renders it from the saved attributes.
		save: function () {
			return null;
		},
	});
})(window.wp, window.mmnWidgetsEditor);
