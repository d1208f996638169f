// Loaded first by every end-to-end page, before the library. It records what
// the library does to the page: warnings, errors, CSP violations, dialogs,
// Trusted Types policies, and any use of storage, cookies or network APIs.
// The test reads window.__probe from the parent frame. (The probe is test
// harness, not library code: its own global is expected.)
(() => {
  const probe = {
    globalsAtStart: Object.getOwnPropertyNames(window),
    warnings: [],
    errors: [],
    violations: [],
    dialogs: [],
    policies: [],
    apis: [],
    ctaClicks: [],
  };
  Object.defineProperty(window, '__probe', { value: probe });

  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const error = console.error.bind(console);
  console.error = (...args) => {
    probe.errors.push(args.map(String).join(' '));
    error(...args);
  };
  addEventListener('error', (event) => probe.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => probe.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
  );

  // A payload that ran would most likely open a dialog.
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => probe.dialogs.push(`${name}(${args.join(',')})`);
  }

  if (window.trustedTypes) {
    const create = trustedTypes.createPolicy.bind(trustedTypes);
    trustedTypes.createPolicy = (name, rules) => {
      probe.policies.push(name);
      return create(name, rules);
    };
  }

  // Any use of storage, cookies or network APIs, reads included.
  const record = (name) => probe.apis.push(name);
  const wrapMethod = (owner, key, name) => {
    const original = owner?.[key];
    if (typeof original !== 'function') return;
    owner[key] = function (...args) {
      record(name);
      return original.apply(this, args);
    };
  };
  const wrapGetter = (candidates, key, name, withSetter) => {
    const owner = candidates.find((each) => Object.getOwnPropertyDescriptor(each, key)?.get);
    if (!owner) return;
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    Object.defineProperty(owner, key, {
      configurable: true,
      get() {
        record(name);
        return descriptor.get.call(this);
      },
      set: withSetter
        ? function (value) {
            record(`${name} =`);
            descriptor.set.call(this, value);
          }
        : descriptor.set,
    });
  };
  const onWindow = [window, Window.prototype];
  wrapGetter([Document.prototype], 'cookie', 'document.cookie', true);
  for (const key of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) wrapGetter(onWindow, key, key);
  wrapMethod(window, 'fetch', 'fetch');
  wrapMethod(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrapMethod(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
    const Original = window[name];
    if (typeof Original !== 'function') continue;
    window[name] = new Proxy(Original, {
      construct(target, args) {
        record(name);
        return Reflect.construct(target, args);
      },
    });
  }
  wrapGetter([HTMLImageElement.prototype], 'src', 'img.src', true);

  // Keep the test page where it is when a widget's link is followed.
  document.addEventListener('click', (event) => event.preventDefault());
  document.addEventListener('mmn-cta-click', (event) => probe.ctaClicks.push(event.detail));
})();
