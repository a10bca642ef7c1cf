package cn.dangjian.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request sizes answered with a problem document (414, 431) before anything else runs ({@code dangjian.http.*}). */
@ConfigMapping(prefix = "dangjian.http")
public interface RequestLimitSettings {

    /** The longest request line accepted (method, target and version); the codec's own limit is set higher. */
    @WithDefault("8K")
    MemorySize maxRequestLine();

    /** The most header bytes accepted (names, values and separators); the codec's own limit is set higher. */
    @WithDefault("16K")
    MemorySize maxHeaders();
}
