package org.pupilsupport.core.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pupilsupport.plugin.api.PluginApi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one PF4J plugin manager. Plugins are jars in a directory of the server; a plugin
 * that fails to load or start is logged and left out, and the core falls back to its statutory
 * baseline for the boroughs it served.
 */
@ApplicationScoped
public class BoroughPlugins {

    private static final Logger LOG = Logger.getLogger(BoroughPlugins.class.getName());

    private volatile PluginManager manager;
    private volatile Path directory;

    /** Loads and starts every plugin in the directory. A missing directory means no plugins, loudly. */
    public synchronized void start(Path pluginDirectory) {
        this.directory = pluginDirectory;
        if (!Files.isDirectory(pluginDirectory)) {
            LOG.warning(() -> "Plugin directory " + pluginDirectory + " does not exist: every borough uses the baseline rules");
        }
        DefaultPluginManager pluginManager = new DefaultPluginManager(pluginDirectory);
        pluginManager.setSystemVersion(PluginApi.VERSION);
        pluginManager.loadPlugins();
        pluginManager.startPlugins();
        for (PluginWrapper plugin : pluginManager.getPlugins()) {
            if (plugin.getPluginState() == PluginState.STARTED) {
                LOG.info(() -> "Borough plugin " + plugin.getPluginId() + " " + plugin.getDescriptor().getVersion() + " started from " + plugin.getPluginPath());
            } else {
                LOG.log(Level.WARNING, "Borough plugin " + plugin.getPluginId() + " is " + plugin.getPluginState(), plugin.getFailedException());
            }
        }
        this.manager = pluginManager;
    }

    /** The first extension of the type that the plugin provides, if the plugin is loaded and started. */
    public <T> Optional<T> extension(Class<T> type, String pluginId) {
        PluginManager current = manager;
        if (current == null) {
            return Optional.empty();
        }
        PluginWrapper plugin = current.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
            return Optional.empty();
        }
        List<T> extensions = current.getExtensions(type, pluginId);
        return extensions.stream().findFirst();
    }

    public List<String> startedPluginIds() {
        PluginManager current = manager;
        return current == null ? List.of() : current.getStartedPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }

    public Path directory() {
        return directory;
    }

    /** unloadPlugins rather than stopPlugins: PF4J 3.15's stopPlugins fails with a concurrent modification. */
    @PreDestroy
    public synchronized void shutDown() {
        if (manager != null) {
            manager.unloadPlugins();
            manager = null;
        }
    }
}
